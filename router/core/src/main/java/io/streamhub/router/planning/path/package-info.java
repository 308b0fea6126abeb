/**
 * Response paths used to flatten entity fetches.
 */
@NullMarked
package io.streamhub.router.planning.path;

import org.jspecify.annotations.NullMarked;
