package io.c360.scoring.training;

/** Which side of the customer split a row is on. */
enum Part {
  TRAIN,
  VALIDATION,
  TEST
}
