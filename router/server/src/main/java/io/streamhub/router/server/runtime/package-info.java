/**
 * What the HTTP layer and the features share: the engine in service (swapped on hot
 * reload) and the rejection every stage answers with.
 */
@NullMarked
package io.streamhub.router.server.runtime;

import org.jspecify.annotations.NullMarked;
