-- name: top-talkers
-- title: "Top talkers: address pairs by bytes"
-- description: "Accepted traffic per source and destination address, most bytes first: bulk transfers, exfiltration, a chatty dependency."
-- engines: [athena, local]
-- table: vpc_flow_logs
-- partition-keys: [date]
-- params:
--   start:    { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:      { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts: { type: "list<account-id>", description: "Only these accounts (default: all in the table)" }
--   regions:  { type: "list<region>", description: "Only these regions (default: all in the table)" }
--   limit:    { type: int, default: "50", description: "Most rows to return" }
SELECT srcaddr,
       dstaddr,
       SUM(bytes) AS bytes,
       SUM(packets) AS packets,
       COUNT(*) AS flows,
       COUNT(DISTINCT dstport) AS ports,
       MIN(from_unixtime("start")) AS first_seen,
       MAX(from_unixtime("end")) AS last_seen
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND from_unixtime("start") >= from_iso8601_timestamp(${start:iso})
  AND from_unixtime("start") < from_iso8601_timestamp(${end:iso-end})
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  AND action = 'ACCEPT'
GROUP BY srcaddr, dstaddr
ORDER BY bytes DESC, srcaddr, dstaddr
LIMIT ${limit}
