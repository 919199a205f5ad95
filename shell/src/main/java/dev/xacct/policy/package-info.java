/**
 * The IAM policy model and evaluator, pure: policy documents ({@link dev.xacct.policy.PolicyParser},
 * through the SDK's iam-policy-builder), statements, principals, conditions and their operators,
 * policy variables, and the evaluation logic of the IAM User Guide ("Policy evaluation logic")
 * over layers of policies ({@link dev.xacct.policy.PolicyEngine}). Unknown facts give
 * {@link dev.xacct.policy.Tri#UNKNOWN}, never a guess. {@code policy.simulate} reads and writes
 * {@code policy simulate}'s files.
 *
 * <p>May import: {@code aws}, Jackson, the SDK's iam-policy-builder. No Spring, no SDK client,
 * no terminal.
 */
package dev.xacct.policy;
