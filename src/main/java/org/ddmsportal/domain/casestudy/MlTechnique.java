package org.ddmsportal.domain.casestudy;

/** Machine-learning technique a lesson is about, as a search facet. */
public enum MlTechnique {
    NONE, REGRESSION, CLASSIFICATION, CLUSTERING, TIME_SERIES, NLP, COMPUTER_VISION, NEURAL_NETWORKS, OTHER
}
