/**
 * Query.recommendations: content-based from likes, blended with followed creators'
 * uploads.
 */
@NullMarked
package io.streamhub.discovery.recommend;

import org.jspecify.annotations.NullMarked;
