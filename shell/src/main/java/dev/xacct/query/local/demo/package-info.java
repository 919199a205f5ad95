/**
 * The demo dataset: a deterministic month of CloudTrail files for a small organization
 * ({@link dev.xacct.query.local.demo.CloudTrailGenerator}), with a storyline that gives every
 * shipped template something to find, generated once into the cache
 * ({@link dev.xacct.query.local.demo.DemoDataset}). Used by {@code --demo}, by tests, and by
 * {@code bench/} for large datasets.
 *
 * <p>May import: {@code query.local}, {@code shell.PrivateFiles} (the files are private), Jackson.
 */
package dev.xacct.query.local.demo;
