import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnDestroy,
  effect,
  input,
  untracked,
  viewChild,
} from '@angular/core';
import type { Chart } from 'chart.js';

export interface ChartSeries {
  label: string;
  data: (number | null)[];
  color: string;
  /** Dashed line (baseline and target lines in trends). */
  dashed?: boolean;
}

/**
 * A bar chart (chart.js, imported only when a chart is first drawn). Always shown with a data
 * table beside it by the page: the canvas is an image with a summary label.
 */
@Component({
  selector: 'app-bar-chart',
  template: `<div class="frame" [style.height.px]="height()">
    <canvas #canvas role="img" [attr.aria-label]="summary()"></canvas>
  </div>`,
  styles: `
    .frame {
      position: relative;
      width: 100%;
      max-width: 48rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BarChart implements OnDestroy {
  /** Category labels (x axis, or y when horizontal). */
  readonly labels = input.required<string[]>();
  readonly series = input.required<ChartSeries[]>();
  readonly stacked = input(false);
  readonly horizontal = input(false);
  /** Bars (default) or lines (trends). */
  readonly kind = input<'bar' | 'line'>('bar');
  /** What the chart shows, for screen readers (the table beside it has the numbers). */
  readonly summary = input.required<string>();
  readonly height = input(260);
  /** Fixed top of the value axis (e.g. 100 for percentages). */
  readonly max = input<number | undefined>(undefined);

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart | null = null;

  constructor() {
    effect(() => {
      const labels = this.labels();
      const series = this.series();
      const stacked = this.stacked();
      const horizontal = this.horizontal();
      untracked(() => void this.draw(labels, series, stacked, horizontal));
    });
  }

  private async draw(
    labels: string[],
    series: ChartSeries[],
    stacked: boolean,
    horizontal: boolean,
  ): Promise<void> {
    const { Chart } = await import('./chart-setup');
    const data = {
      labels,
      datasets: series.map((s) => ({
        label: s.label,
        data: s.data,
        backgroundColor: s.color,
        borderColor: this.kind() === 'line' ? s.color : '#ffffff',
        borderWidth: this.kind() === 'line' ? 2 : 1,
        borderDash: s.dashed ? [6, 4] : undefined,
        spanGaps: true,
      })),
    };
    if (this.chart) {
      this.chart.data = data;
      this.chart.update();
      return;
    }
    this.chart = new Chart(this.canvas().nativeElement, {
      type: this.kind(),
      data,
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        maintainAspectRatio: false,
        animation: false,
        scales: {
          // Axes start at zero: a line that starts higher would make small changes look large.
          x: {
            stacked,
            beginAtZero: true,
            ticks: { precision: 0 },
            max: horizontal ? this.max() : undefined,
          },
          y: {
            stacked,
            beginAtZero: true,
            ticks: { precision: 0 },
            max: horizontal ? undefined : this.max(),
          },
        },
        plugins: { legend: { display: series.length > 1, position: 'bottom' } },
      },
    });
  }

  ngOnDestroy(): void {
    this.chart?.destroy();
  }
}
