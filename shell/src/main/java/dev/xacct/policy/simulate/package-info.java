/**
 * {@code policy simulate}: reads {@code xacct.policy-request/v1} (formats.md §3), refuses
 * policies AWS would not store ({@code StoredPolicyRules}), decides with the policy engine and
 * writes {@code xacct.policy-decision/v1}.
 *
 * <p>May import: {@code dev.xacct.policy}, {@code dev.xacct.aws}, Jackson.
 */
package dev.xacct.policy.simulate;
