package org.aikg.server.query;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts how often the test's "hostile" classes were loaded and run: any count above 0 is a failure. */
public final class Tripwire {
    /** Incremented by the static initialisers and bodies of {@link HostileFunction} and {@link HostilePropertyFunction}. */
    public static final AtomicInteger TRIPPED = new AtomicInteger();

    private Tripwire() {
    }
}
