import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useOverflowMenu,
  useOverflowVisibility,
} from "@fluentui/react-components";
import { MoreHorizontalRegular } from "@fluentui/react-icons";

/** One feature's tab: its value and its label in the pane's language. */
export interface FeatureTab<V extends string> {
  readonly value: V;
  readonly label: string;
}

export interface FeatureTabsProps<V extends string> {
  readonly tabs: readonly FeatureTab<V>[];
  readonly selected: V;
  readonly onSelect: (value: V) => void;
  /** The tab list's accessible name. */
  readonly label: string;
  /** Joins the hidden tabs' labels in the menu button's name (、 in Chinese, ", " in English). */
  readonly separator: string;
}

const useStyles = makeStyles({
  // The overflow manager measures the list against its own width: it must not grow with its tabs.
  list: { minWidth: 0, flexWrap: "nowrap" },
  // Labels never wrap or shrink: a tab is shown whole or moved into the menu.
  tab: { flexShrink: 0, whiteSpace: "nowrap" },
  more: { flexShrink: 0, minWidth: "auto" },
});

/**
 * The feature tabs, as Fluent's TabList overflow pattern: the tabs that do not
 * fit the pane's width (Excel's task pane is 320–400 px wide, narrower than
 * five tabs) move, last first, into a "…" menu at the end of the list, whose
 * name lists them. The selected tab is kept on the strip (higher priority), so
 * choosing a feature from the menu brings its tab out and sends another in.
 */
export function FeatureTabs<V extends string>({ tabs, selected, onSelect, label, separator }: FeatureTabsProps<V>) {
  const styles = useStyles();
  return (
    <Overflow minimumVisible={1}>
      <TabList
        className={styles.list}
        selectedValue={selected}
        onTabSelect={(_, d) => onSelect(d.value as V)}
        aria-label={label}
      >
        {tabs.map((t) => (
          <OverflowItem key={t.value} id={t.value} priority={t.value === selected ? 2 : 1}>
            <Tab className={styles.tab} value={t.value}>
              {t.label}
            </Tab>
          </OverflowItem>
        ))}
        <MoreTabs tabs={tabs} onSelect={onSelect} separator={separator} />
      </TabList>
    </Overflow>
  );
}

function MoreTabs<V extends string>({ tabs, onSelect, separator }: Omit<FeatureTabsProps<V>, "label" | "selected">) {
  const styles = useStyles();
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  const { itemVisibility } = useOverflowVisibility();
  if (!isOverflowing) return null;
  const hidden = tabs.filter((t) => itemVisibility[t.value] === false);
  // The button's name is the features it holds: what a screen reader says, and the tooltip.
  const name = hidden.map((t) => t.label).join(separator);
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          className={styles.more}
          appearance="transparent"
          icon={<MoreHorizontalRegular />}
          aria-label={name}
          title={name}
          data-testid="more-features"
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {hidden.map((t) => (
            <MenuItem key={t.value} onClick={() => onSelect(t.value)}>
              {t.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
