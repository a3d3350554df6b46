/**
 * The room core every family shares: rooms and their members with roles and a capacity
 * ({@link io.roomservice.domain.room.Room}, {@link io.roomservice.domain.room.RoomRepository}),
 * the room lock every change takes first, the lifecycle a family applies to them
 * ({@link io.roomservice.domain.room.RoomPolicy}: when a leave ends a room, whether an ended room
 * stays), the one unit of work ({@link io.roomservice.domain.room.Transactions}) and the one
 * liveness index ({@link io.roomservice.domain.room.LivenessIndex}: aPaaS keepalives and
 * RoomService heartbeats, each family with its window).
 *
 * <p>The families are rules and their own data over this core: the video call and live rooms
 * are the core alone under {@link io.roomservice.domain.room.RoomPolicy#CALL} and
 * {@link io.roomservice.domain.room.RoomPolicy#LIVE} ({@link io.roomservice.domain.room.RoomCore},
 * {@link io.roomservice.domain.room.Rooms}); RoomService ({@code domain.roomservice}) adds its
 * pushers' streams, audience and custom fields; aPaaS ({@code domain.apaas}) adds its app, status,
 * descriptive fields, bans and teardown. The implementations (MySQL, Redis) live in
 * {@code infra.db.rooms} and {@code infra.redis} and are handed in by the App.
 */
package io.roomservice.domain.room;
