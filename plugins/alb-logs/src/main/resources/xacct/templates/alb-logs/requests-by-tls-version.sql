-- name: requests-by-tls-version
-- title: "Requests by TLS version and cipher"
-- description: "Requests per TLS protocol and cipher (- is plain HTTP), with the clients still on TLS 1.0/1.1: what breaks when the listener's security policy is tightened."
-- engines: [athena, local]
-- table: alb_logs
-- partition-keys: [date]
-- params:
--   start:    { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:      { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts: { type: "list<account-id>", description: "Only these accounts (default: all in the table)" }
--   regions:  { type: "list<region>", description: "Only these regions (default: all in the table)" }
--   elb:      { type: string, description: "Only load balancers whose name contains this, e.g. my-alb (default: all)", sample: "my-alb" }
--   limit: { type: int, default: "100", description: "Most rows to return" }
SELECT ssl_protocol,
       ssl_cipher,
       COUNT(*) AS requests,
       COUNT(DISTINCT client_ip) AS clients,
       COUNT(DISTINCT elb) AS load_balancers,
       MIN("time") AS first_seen,
       MAX("time") AS last_seen
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND from_iso8601_timestamp("time") >= from_iso8601_timestamp(${start:iso})
  AND from_iso8601_timestamp("time") < from_iso8601_timestamp(${end:iso-end})
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  [[AND elb LIKE '%' || ${elb} || '%']]
GROUP BY ssl_protocol, ssl_cipher
ORDER BY requests DESC, ssl_protocol, ssl_cipher
LIMIT ${limit}
