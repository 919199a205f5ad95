package dev.xacct;

public final class XacctApplication {
    public static void main(String[] args) {
        System.out.println("xacct");
    }
}
