/**
 * {@code policy simulate}: a request file in ({@link dev.xacct.policy.simulate.PolicyRequestReader}),
 * the decision of {@link dev.xacct.policy.simulate.PolicySimulator} out as JSON
 * ({@link dev.xacct.policy.simulate.PolicyDecisionWriter}). Pure.
 *
 * <p>May import: {@code policy}, {@code aws}, Jackson.
 */
package dev.xacct.policy.simulate;
