package nnlang.experiment;

import nnlang.train.TrainConfig;

/**
 * The options of a compare statement.
 *
 * @param rows   K, the training rows drawn per trial (1 to the table's row count); the other rows
 *               are held out
 * @param trials N, the number of trials (at least 1)
 * @param train  the train options of every training: its seed is the base seed from which every
 *               trial's seed and rows are drawn; its rows must be null (each trial draws its own);
 *               its every and continue options are ignored (no progress lines, always a fresh start)
 */
public record CompareConfig(int rows, int trials, TrainConfig train) {}
