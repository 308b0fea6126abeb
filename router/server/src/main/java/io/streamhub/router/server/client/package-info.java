/**
 * Who is calling: a partner by API key, a first-party app by name, or anonymous; and the
 * policy that follows.
 */
@NullMarked
package io.streamhub.router.server.client;

import org.jspecify.annotations.NullMarked;
