/**
 * The xacct plugin SPI: the only types a plugin compiles against. Plain Java, no
 * dependencies. See {@link dev.xacct.plugin.api.XacctPlugin}.
 */
package dev.xacct.plugin.api;
