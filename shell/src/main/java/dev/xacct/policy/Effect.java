package dev.xacct.policy;

/** The Effect of a policy statement. */
public enum Effect {
    ALLOW,
    DENY
}
