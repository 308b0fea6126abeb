/**
 * What discovery remembers of users' activity: likes (from video.counters), follows,
 * creator usernames and video counters.
 */
@NullMarked
package io.streamhub.discovery.activity;

import org.jspecify.annotations.NullMarked;
