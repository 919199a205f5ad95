/**
 * The {@code --demo} dataset: a deterministic synthetic month of CloudTrail for an organization
 * (background traffic plus a storyline every shipped template finds), generated on first use
 * ({@link dev.xacct.query.local.demo.DemoDataset}); also the generator {@code bench/} uses for
 * large datasets ({@link dev.xacct.query.local.demo.CloudTrailGenerator}).
 *
 * <p>May import: Jackson; nothing of xacct's but its own package.
 */
package dev.xacct.query.local.demo;
