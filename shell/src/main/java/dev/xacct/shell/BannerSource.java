package dev.xacct.shell;

import java.util.List;

/** Lines printed under the banner when the interactive shell opens (e.g. which identity or data it is on). */
@FunctionalInterface
public interface BannerSource {

    List<String> lines();
}
