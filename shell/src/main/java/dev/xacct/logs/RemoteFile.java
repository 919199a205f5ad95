package dev.xacct.logs;

/** One object of a day folder: its key and size. */
public record RemoteFile(String key, long size) {}
