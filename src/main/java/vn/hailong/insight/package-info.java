/**
 * Measures, rollups and rankings: satisfaction with n and a Wilson interval, timeliness, rankings with
 * a minimum n, read from rollup tables that ratings and dossier events keep up to date.
 */
package vn.hailong.insight;
