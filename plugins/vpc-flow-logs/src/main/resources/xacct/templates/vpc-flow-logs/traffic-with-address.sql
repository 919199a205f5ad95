-- name: traffic-with-address
-- title: "Every flow to or from one address"
-- description: "The flows in which an address is the source or the destination, in time order: follow an indicator of compromise through the network."
-- engines: [athena, local]
-- table: vpc_flow_logs
-- partition-keys: [date]
-- params:
--   start:    { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:      { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts: { type: "list<account-id>", description: "Only these accounts (default: all in the table)" }
--   regions:  { type: "list<region>", description: "Only these regions (default: all in the table)" }
--   ip:       { type: string, required: true, description: "The IP address, e.g. 203.0.113.66", sample: "203.0.113.66" }
--   limit:    { type: int, default: "1000", description: "Most rows to return" }
SELECT from_unixtime("start") AS flow_start,
       accountid,
       interface_id,
       srcaddr,
       srcport,
       dstaddr,
       dstport,
       protocol,
       action,
       packets,
       bytes
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND from_unixtime("start") >= from_iso8601_timestamp(${start:iso})
  AND from_unixtime("start") < from_iso8601_timestamp(${end:iso-end})
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  AND (srcaddr = ${ip} OR dstaddr = ${ip})
ORDER BY flow_start, srcaddr, srcport, dstaddr, dstport, protocol, interface_id, accountid
LIMIT ${limit}
