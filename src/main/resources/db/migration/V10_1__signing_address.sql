-- Signing evidence keeps the connection's address and, behind a trusted proxy, the client's
-- address it reported ("203.0.113.5 via 10.0.0.2"): two IPv6 addresses need more than 64.
ALTER TABLE agreement_party MODIFY ip_address VARCHAR(128);
