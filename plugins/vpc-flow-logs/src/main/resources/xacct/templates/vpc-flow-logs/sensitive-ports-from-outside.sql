-- name: sensitive-ports-from-outside
-- title: "Traffic to sensitive ports from outside the private ranges"
-- description: "Flows from a public address to SSH, RDP, Telnet, SMB, databases and caches (22, 23, 445, 1433, 3306, 3389, 5432, 6379, 9200, 27017), accepted ones first: an accepted row is a door open to the internet."
-- engines: [athena, local]
-- table: vpc_flow_logs
-- partition-keys: [date]
-- params:
--   start:    { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:      { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts: { type: "list<account-id>", description: "Only these accounts (default: all in the table)" }
--   regions:  { type: "list<region>", description: "Only these regions (default: all in the table)" }
--   limit:    { type: int, default: "200", description: "Most rows to return" }
SELECT action,
       dstport,
       srcaddr,
       dstaddr,
       interface_id,
       accountid,
       COUNT(*) AS flows,
       SUM(bytes) AS bytes,
       MIN(from_unixtime("start")) AS first_seen,
       MAX(from_unixtime("end")) AS last_seen
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND from_unixtime("start") >= from_iso8601_timestamp(${start:iso})
  AND from_unixtime("start") < from_iso8601_timestamp(${end:iso-end})
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  AND dstport IN (22, 23, 445, 1433, 3306, 3389, 5432, 6379, 9200, 27017)
  AND NOT (srcaddr LIKE '10.%' OR srcaddr LIKE '192.168.%' OR regexp_like(srcaddr, '^172\.(1[6-9]|2[0-9]|3[01])\.'))
GROUP BY action, dstport, srcaddr, dstaddr, interface_id, accountid
ORDER BY action, flows DESC, srcaddr, dstport, dstaddr, interface_id, accountid
LIMIT ${limit}
