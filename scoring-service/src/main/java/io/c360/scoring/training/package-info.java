/**
 * Point-in-time training sets, XGBoost training with search, evaluation, and SHAP-explained
 * scoring.
 */
@NullMarked
package io.c360.scoring.training;

import org.jspecify.annotations.NullMarked;
