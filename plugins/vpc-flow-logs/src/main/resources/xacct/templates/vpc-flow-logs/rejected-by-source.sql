-- name: rejected-by-source
-- title: "Rejected traffic by source address"
-- description: "Flows a security group or network ACL rejected, per source address: how many, to how many targets and ports, first and last seen. Scanners and misconfigured clients come first."
-- engines: [athena, local]
-- table: vpc_flow_logs
-- partition-keys: [date]
-- params:
--   start:    { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:      { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts: { type: "list<account-id>", description: "Only these accounts (default: all in the table)" }
--   regions:  { type: "list<region>", description: "Only these regions (default: all in the table)" }
--   limit:    { type: int, default: "100", description: "Most rows to return" }
SELECT srcaddr,
       COUNT(*) AS rejected_flows,
       COUNT(DISTINCT dstaddr) AS targets,
       COUNT(DISTINCT dstport) AS ports,
       MIN(dstport) AS lowest_port,
       SUM(packets) AS packets,
       COUNT(DISTINCT accountid) AS accounts,
       MIN(from_unixtime("start")) AS first_seen,
       MAX(from_unixtime("end")) AS last_seen
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND from_unixtime("start") >= from_iso8601_timestamp(${start:iso})
  AND from_unixtime("start") < from_iso8601_timestamp(${end:iso-end})
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  AND action = 'REJECT'
GROUP BY srcaddr
ORDER BY rejected_flows DESC, srcaddr
LIMIT ${limit}
