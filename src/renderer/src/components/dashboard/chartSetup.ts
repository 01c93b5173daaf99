import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js'
import { formatCount } from '@shared/format'

/** chart.js is tree-shaken: only what the dashboard draws is registered, once. */
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip)

/** Shared look: no animation (a dashboard is read, not watched), Dutch numbers, legend below. */
export function baseOptions(yTitle: string) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    plugins: { legend: { position: 'bottom' as const } },
    scales: {
      y: {
        beginAtZero: true,
        title: { display: true, text: yTitle },
        ticks: { callback: (value: string | number) => (typeof value === 'number' ? formatCount(value) : value) },
      },
      x: { grid: { display: false } },
    },
  }
}

/** The theme's colours, read from PrimeVue's CSS variables so the chart matches the app. */
export function themeColour(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim()
  return value || fallback
}
