/**
 * The application: {@code XacctApplication} (the Spring Boot entry point, which scans every
 * package below) and {@code XacctHome} ({@code ~/.xacct}, or {@code XACCT_HOME} when set: the
 * configuration, the cache, the plugins folder). Everything else lives in one package per concern; see
 * {@code DEVELOPERS.md}.
 *
 * <p>May import: every package.
 */
package dev.xacct;
