-- name: network-perimeter-changes
-- title: "Network perimeter changes"
-- description: "VPC, subnet, gateway, route, network ACL, peering, VPN and transit gateway changes."
-- engines: [athena, local]
-- table: cloudtrail
-- params:
--   start:    { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:      { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts: { type: "list<account-id>", description: "Only these accounts (default: all in the table)" }
--   regions:  { type: "list<region>", description: "Only these regions (default: all in the table)" }
--   limit:    { type: int, default: "1000", description: "Most rows to return" }
SELECT eventtime,
       accountid,
       region,
       COALESCE(useridentity.arn, useridentity.invokedby) AS principal,
       eventname,
       sourceipaddress,
       errorcode,
       requestparameters
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  AND eventsource = 'ec2.amazonaws.com'
  AND (eventname IN ('CreateVpc', 'DeleteVpc', 'ModifyVpcAttribute', 'CreateSubnet', 'DeleteSubnet', 'ModifySubnetAttribute', 'CreateInternetGateway', 'AttachInternetGateway', 'DetachInternetGateway', 'DeleteInternetGateway', 'CreateNatGateway', 'DeleteNatGateway', 'CreateRoute', 'ReplaceRoute', 'DeleteRoute', 'CreateRouteTable', 'DeleteRouteTable', 'AssociateRouteTable', 'DisassociateRouteTable', 'ReplaceRouteTableAssociation', 'CreateNetworkAcl', 'DeleteNetworkAcl', 'CreateNetworkAclEntry', 'ReplaceNetworkAclEntry', 'DeleteNetworkAclEntry', 'ReplaceNetworkAclAssociation', 'CreateVpcPeeringConnection', 'AcceptVpcPeeringConnection', 'DeleteVpcPeeringConnection', 'CreateVpnConnection', 'DeleteVpnConnection', 'CreateCustomerGateway', 'DeleteCustomerGateway', 'AttachVpnGateway', 'DetachVpnGateway', 'CreateVpcEndpoint', 'ModifyVpcEndpoint', 'DeleteVpcEndpoints')
       OR (eventname LIKE '%TransitGateway%' AND eventname NOT LIKE 'Describe%' AND eventname NOT LIKE 'Get%' AND eventname NOT LIKE 'Search%'))
ORDER BY eventtime DESC, eventid
LIMIT ${limit}
