package dev.xacct.policy;

import java.math.BigInteger;
import java.net.InetAddress;

/** An IPv4 or IPv6 CIDR block (a bare address is a /32 or /128), for IpAddress/NotIpAddress. */
public record Cidr(byte[] network, int prefix) {

    public static Cidr parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        InetAddress a = ConditionEvaluator.address(slash < 0 ? t : t.substring(0, slash));
        if (a == null) return new Cidr(new byte[0], 0);
        int bits = a.getAddress().length * 8;
        int prefix = slash < 0 ? bits : Integer.parseInt(t.substring(slash + 1));
        return new Cidr(a.getAddress(), Math.max(0, Math.min(prefix, bits)));
    }

    public boolean valid() {
        return network.length > 0;
    }

    public int bits() {
        return network.length * 8;
    }

    public boolean contains(String address) {
        if (!valid()) return false;
        InetAddress a = ConditionEvaluator.address(address.trim());
        if (a == null || a.getAddress().length != network.length) return false;
        int shift = bits() - prefix;
        BigInteger net = new BigInteger(1, network).shiftRight(shift);
        BigInteger ip = new BigInteger(1, a.getAddress()).shiftRight(shift);
        return net.equals(ip);
    }
}
