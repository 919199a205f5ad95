package dev.xacct.session.sso;

import java.util.List;
import java.util.Map;

/**
 * JSON text exactly as the AWS CLI's Python writes it ({@code json.dumps} with its defaults:
 * {@code ", "} and {@code ": "} separators, non-ASCII as {@code \\uXXXX}), for flat objects of
 * strings, string lists and nulls. Byte-exactness matters for one thing: the client registration's
 * cache key is the SHA-1 of such a text. Pure.
 */
final class CliJson {

    private CliJson() {}

    /** The object's members in the map's order; values are {@code String}, {@code List<String>} or {@code null}. */
    static String object(Map<String, ?> members) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, ?> member : members.entrySet()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            string(out, member.getKey());
            out.append(": ");
            value(out, member.getValue());
        }
        return out.append('}').toString();
    }

    private static void value(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                value(out, list.get(i));
            }
            out.append(']');
        } else {
            string(out, value.toString());
        }
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
