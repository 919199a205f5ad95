-- name: flows-per-eni
-- title: "Flows per network interface"
-- description: "Per ENI: flows accepted and rejected, bytes, distinct peers, and records with no data; what each interface does."
-- engines: [athena, local]
-- table: vpc_flow_logs
-- partition-keys: [date]
-- params:
--   start:    { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:      { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts: { type: "list<account-id>", description: "Only these accounts (default: all in the table)" }
--   regions:  { type: "list<region>", description: "Only these regions (default: all in the table)" }
--   limit:    { type: int, default: "200", description: "Most rows to return" }
SELECT accountid,
       region,
       interface_id,
       COUNT(CASE WHEN action = 'ACCEPT' THEN 1 END) AS accepted,
       COUNT(CASE WHEN action = 'REJECT' THEN 1 END) AS rejected,
       COUNT(CASE WHEN log_status = 'NODATA' THEN 1 END) AS no_data,
       SUM(bytes) AS bytes,
       COUNT(DISTINCT srcaddr) AS sources,
       COUNT(DISTINCT dstaddr) AS destinations
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND from_unixtime("start") >= from_iso8601_timestamp(${start:iso})
  AND from_unixtime("start") < from_iso8601_timestamp(${end:iso-end})
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
GROUP BY accountid, region, interface_id
ORDER BY COUNT(*) DESC, interface_id, accountid, region
LIMIT ${limit}
