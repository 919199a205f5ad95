package dev.xacct.session;

import java.time.Instant;
import java.util.Optional;

/** An account of the organization, as Organizations ListAccounts gives it. */
public record OrgAccount(String id, String name, String email, String status, Optional<Instant> joined) {}
