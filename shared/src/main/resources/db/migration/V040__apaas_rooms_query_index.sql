-- query_room pages one app's open rooms without walking other apps' rooms or ended ones:
-- newest first walks ix_apaas_rooms_status (status, app_id, then the room_pk every InnoDB
-- index ends with); most joined first walks this index, which now leaves ended rooms out.
ALTER TABLE apaas_rooms
  DROP INDEX ix_apaas_rooms_joined,
  ADD KEY ix_apaas_rooms_app_joined (app_id, status, total_joined, room_pk);
