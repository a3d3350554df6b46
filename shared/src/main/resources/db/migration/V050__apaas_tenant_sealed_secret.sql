-- A tenant's TRTC secret key is stored sealed ("sealed:" + base64url of nonce, ciphertext
-- and tag: about 130 characters for a 64-character key).
ALTER TABLE apaas_tenants MODIFY secret_key VARCHAR(255) NOT NULL;
