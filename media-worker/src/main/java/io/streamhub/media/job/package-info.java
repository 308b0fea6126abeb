/**
 * Transcode jobs from {@code jobs:transcode}: claiming, heartbeats, retries, dead letters
 * and the events on {@code events:media}.
 */
@NullMarked
package io.streamhub.media.job;

import org.jspecify.annotations.NullMarked;
