-- name: slow-requests
-- title: "Slow requests: target processing time above a threshold"
-- description: "Requests whose target took at least threshold_ms milliseconds to answer, slowest first, with the trace id to follow them."
-- engines: [athena, local]
-- table: alb_logs
-- partition-keys: [date]
-- params:
--   start:    { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:      { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts: { type: "list<account-id>", description: "Only these accounts (default: all in the table)" }
--   regions:  { type: "list<region>", description: "Only these regions (default: all in the table)" }
--   elb:      { type: string, description: "Only load balancers whose name contains this, e.g. my-alb (default: all)", sample: "my-alb" }
--   threshold_ms: { type: int, default: "1000", description: "Minimum target_processing_time, in milliseconds" }
--   limit:        { type: int, default: "1000", description: "Most rows to return" }
SELECT "time",
       elb,
       client_ip,
       target_ip,
       target_port,
       request_verb,
       request_url,
       request_processing_time,
       target_processing_time,
       response_processing_time,
       elb_status_code,
       target_status_code,
       trace_id
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND from_iso8601_timestamp("time") >= from_iso8601_timestamp(${start:iso})
  AND from_iso8601_timestamp("time") < from_iso8601_timestamp(${end:iso-end})
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  [[AND elb LIKE '%' || ${elb} || '%']]
  AND target_processing_time * 1000 >= ${threshold_ms}
ORDER BY target_processing_time DESC, "time", trace_id
LIMIT ${limit}
