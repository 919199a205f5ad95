/**
 * The S3 commands' services: {@code s3 diagnose} live (perspectives from the session layer,
 * gathering, saving the evidence privately, the engine) and offline (evidence files).
 *
 * <p>May import: {@code s3.authz}, {@code s3.evidence}, {@code s3.gather}, {@code shell} (errors),
 * Spring (it is a component). Commands call it; nothing in {@code s3} below calls it.
 */
package dev.xacct.s3.service;
