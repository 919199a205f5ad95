-- name: top-clients
-- title: "Top clients by requests and bytes"
-- description: "Requests, bytes received and sent, and error counts per client IP, busiest first."
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
SELECT client_ip,
       COUNT(*) AS requests,
       SUM(received_bytes) AS received_bytes,
       SUM(sent_bytes) AS sent_bytes,
       COUNT(CASE WHEN elb_status_code BETWEEN 400 AND 499 THEN 1 END) AS status_4xx,
       COUNT(CASE WHEN elb_status_code BETWEEN 500 AND 599 THEN 1 END) AS status_5xx,
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
GROUP BY client_ip
ORDER BY requests DESC, sent_bytes DESC, client_ip
LIMIT ${limit}
