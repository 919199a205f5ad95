-- name: requests-by-target
-- title: "Requests per target: volume, status classes, latency"
-- description: "Traffic per target group and target (ip:port) with 2xx/4xx/5xx counts and the worst target processing time; requests no target answered have an empty target_ip."
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
SELECT target_group_arn,
       target_ip,
       target_port,
       COUNT(*) AS requests,
       COUNT(CASE WHEN target_status_code LIKE '2%' THEN 1 END) AS target_2xx,
       COUNT(CASE WHEN target_status_code LIKE '4%' THEN 1 END) AS target_4xx,
       COUNT(CASE WHEN target_status_code LIKE '5%' THEN 1 END) AS target_5xx,
       COUNT(CASE WHEN elb_status_code BETWEEN 500 AND 599 AND target_status_code NOT LIKE '5%' THEN 1 END) AS elb_5xx,
       MAX(target_processing_time) AS max_target_seconds,
       SUM(sent_bytes) AS sent_bytes
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND from_iso8601_timestamp("time") >= from_iso8601_timestamp(${start:iso})
  AND from_iso8601_timestamp("time") < from_iso8601_timestamp(${end:iso-end})
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  [[AND elb LIKE '%' || ${elb} || '%']]
GROUP BY target_group_arn, target_ip, target_port
ORDER BY requests DESC, target_group_arn, target_ip, target_port
LIMIT ${limit}
