/**
 * StreamHub router server.
 */
@NullMarked
package io.streamhub.router.server;

import org.jspecify.annotations.NullMarked;
