/**
 * The User entity as extended by videos: a creator's videos and upload count.
 */
@NullMarked
package io.streamhub.videos.creator;

import org.jspecify.annotations.NullMarked;
