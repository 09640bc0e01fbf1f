package org.aikg.ingest.relate;

/**
 * Maps the relation classifier's probability to a confidence: the precision measured for facts of that
 * probability on annotated documents (the calibration table in the README, made by
 * {@code eval/calibration}). Until measured, the probability itself.
 *
 * <p>Thread-safety: stateless.
 */
final class Calibration {
    private Calibration() {}

    /** Upper bounds of the probability bins and the precision measured in each. */
    private static final double[] BIN_UPPER = {0.7, 0.8, 0.9, 1.0001};
    private static final double[] PRECISION = {0.6, 0.7, 0.8, 0.9};

    static double classifier(double probability) {
        for (int k = 0; k < BIN_UPPER.length; k++) {
            if (probability < BIN_UPPER[k]) {
                return PRECISION[k];
            }
        }
        return PRECISION[PRECISION.length - 1];
    }
}
