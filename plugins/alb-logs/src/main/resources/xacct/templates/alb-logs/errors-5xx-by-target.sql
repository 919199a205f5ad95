-- name: errors-5xx-by-target
-- title: "5xx errors by target: from the load balancer or from the target"
-- description: "Responses with a 5xx status, grouped by load balancer and target (ip:port; none when the load balancer answered itself), who produced the error (elb: no target response, e.g. 502/503/504; target: the target answered 5xx), status codes, method and URL."
-- engines: [athena, local]
-- table: alb_logs
-- partition-keys: [date]
-- params:
--   start:    { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:      { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts: { type: "list<account-id>", description: "Only these accounts (default: all in the table)" }
--   regions:  { type: "list<region>", description: "Only these regions (default: all in the table)" }
--   elb:      { type: string, description: "Only load balancers whose name contains this, e.g. my-alb (default: all)", sample: "my-alb" }
--   limit: { type: int, default: "1000", description: "Most rows to return" }
SELECT elb,
       target_ip,
       target_port,
       CASE WHEN target_status_code LIKE '5%' THEN 'target' ELSE 'elb' END AS error_source,
       elb_status_code,
       target_status_code,
       COUNT(*) AS errors,
       COUNT(DISTINCT client_ip) AS clients,
       MIN("time") AS first_seen,
       MAX("time") AS last_seen
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND from_iso8601_timestamp("time") >= from_iso8601_timestamp(${start:iso})
  AND from_iso8601_timestamp("time") < from_iso8601_timestamp(${end:iso-end})
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  [[AND elb LIKE '%' || ${elb} || '%']]
  AND elb_status_code BETWEEN 500 AND 599
GROUP BY elb, target_ip, target_port, CASE WHEN target_status_code LIKE '5%' THEN 'target' ELSE 'elb' END,
         elb_status_code, target_status_code
ORDER BY errors DESC, last_seen DESC, elb, target_ip, target_port, elb_status_code, target_status_code
LIMIT ${limit}
