package io.imageshare.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.XYDataset;

/** The two kinds of chart the benchmarks draw, in one look: white plot, grey grid, legend below. */
final class Charts {
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Color GRID = new Color(0xDDDDDD);
    /** Ten colours that stay apart on white (matplotlib's "tab10"); JFreeChart's own include pale yellow. */
    private static final int[] PALETTE = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2,
        0x7f7f7f, 0xbcbd22, 0x17becf};

    private Charts() {
    }

    /** Lines with a point per value; the x axis is logarithmic in {@code logBase}. */
    static JFreeChart lines(String title, String xLabel, int logBase, String yLabel, XYDataset data) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL,
                true, false, false);
        XYPlot plot = chart.getXYPlot();
        LogAxis x = new LogAxis(xLabel);
        x.setBase(logBase);
        x.setTickUnit(new NumberTickUnit(1)); // one tick per power of the base
        x.setNumberFormatOverride(new DecimalFormat("#,##0"));
        x.setSmallestValue(1);
        Range values = DatasetUtils.findDomainBounds(data, false);
        if (values.getLength() == 0) { // one x value: the axis cannot range over nothing
            x.setRange(values.getLowerBound() / 2, values.getUpperBound() * 2);
        }
        plot.setDomainAxis(themed(x, plot.getDomainAxis()));
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2f));
            renderer.setSeriesPaint(i, colour(i));
        }
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        return styled(chart, plot);
    }

    /** Grouped bars, each labelled with its value; on a logarithmic value axis when {@code log}. */
    static JFreeChart bars(String title, String categoryLabel, String valueLabel, boolean log, CategoryDataset data) {
        JFreeChart chart = ChartFactory.createBarChart(title, categoryLabel, valueLabel, data);
        CategoryPlot plot = chart.getCategoryPlot();
        if (log) {
            LogAxis y = new LogAxis(valueLabel);
            y.setTickUnit(new NumberTickUnit(1)); // 0.1, 1, 10, ...
            y.setNumberFormatOverride(new DecimalFormat("0.###"));
            // Bars grow from the axis' lower end: put it a little below the smallest value, not at a guess.
            Range values = DatasetUtils.findRangeBounds(data);
            y.setRange(values.getLowerBound() / 2, values.getUpperBound() * 2);
            plot.setRangeAxis(themed(y, plot.getRangeAxis()));
        }
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, colour(i));
        }
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.##")));
        renderer.setDefaultItemLabelsVisible(true);
        if (data.getColumnCount() > 4) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        plot.setRangeGridlinePaint(GRID);
        return styled(chart, plot);
    }

    /** The replacement axis in the fonts the chart's theme gave the axis it replaces. */
    private static <A extends Axis> A themed(A axis, Axis replaced) {
        axis.setLabelFont(replaced.getLabelFont());
        axis.setTickLabelFont(replaced.getTickLabelFont());
        return axis;
    }

    private static Color colour(int series) {
        return new Color(PALETTE[series % PALETTE.length]);
    }

    private static JFreeChart styled(JFreeChart chart, Plot plot) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTitle(new TextTitle(chart.getTitle().getText(), TITLE));
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        plot.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
