package app.todo.live.entity;

/**
 * The replica may have missed changes (its listening connection was lost and is back): every open page it serves
 * reloads what it shows (U4).
 */
public record LiveGap() {}
