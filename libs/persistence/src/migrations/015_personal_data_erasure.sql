-- Erasure of a person's data (LFPDPPP ARCO, GDPR art. 17) removes their lead rows. A webhook delivery log row keeps
-- only the lead's id (no personal data) so the `lead.erased` event itself can be logged after the lead is gone.
DO $$
DECLARE c text;
BEGIN
  SELECT conname INTO c FROM pg_constraint WHERE conrelid = 'webhook_deliveries'::regclass AND contype = 'f'
    AND conkey = ARRAY[(SELECT attnum FROM pg_attribute WHERE attrelid = 'webhook_deliveries'::regclass AND attname = 'lead_id')];
  IF c IS NOT NULL THEN EXECUTE format('ALTER TABLE webhook_deliveries DROP CONSTRAINT %I', c); END IF;
END $$;
