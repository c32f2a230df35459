-- Key rotation with an overlap: the rotated key keeps working until expires_at, then is refused as if revoked.
alter table api_keys add column expires_at timestamptz;
